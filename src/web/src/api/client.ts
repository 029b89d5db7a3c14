/** One problem with one field, as the API reports it (`path` is a field name or `line N`). */
export interface ErrorDetail {
  path: string;
  message: string;
}

/** Any non-2xx answer from the API, carrying the `{ error: { code, message, details } }` body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];

  constructor(status: number, code: string, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The message for one field, so forms can show it beside the input. */
  fieldError(field: string): string | undefined {
    return this.details.find((detail) => detail.path === field || detail.path.startsWith(`${field}.`))
      ?.message;
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
}

/** Builds `/api/v1/…?a=b`, leaving out empty parameters. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

/** The one way the web app talks to the server: same-origin cookie session, JSON both ways. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, query, signal } = options;
  const response = await fetch(apiUrl(path, query), {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const payload = text ? safeJson(text) : undefined;
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: string; message?: string; details?: ErrorDetail[] } })?.error;
  if (error?.message) return new ApiError(status, error.code ?? 'error', error.message, error.details ?? []);
  const fallback =
    status >= 500 ? 'The server had a problem; try again in a moment' : `Request failed (${status})`;
  return new ApiError(status, status >= 500 ? 'internal' : 'error', fallback);
}

/** A readable sentence for any thrown value. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'Cannot reach the server. Check your connection and try again.';
  return error instanceof Error ? error.message : 'Something went wrong';
}
