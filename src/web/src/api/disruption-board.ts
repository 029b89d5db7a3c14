import { api } from './client.ts';
import type { BoardFigures, BoardResult, PlaybookStep } from './disruption-board-types.ts';

export interface BoardParams {
  q?: string;
  /** Both or neither: only clients whose cell on `step` is in `state` (states separated by commas). */
  step?: PlaybookStep;
  state?: string;
  cursor?: string;
  limit?: number;
}

export const boardApi = {
  page: (disruptionId: string, params: BoardParams = {}, signal?: AbortSignal) =>
    api<BoardResult>(`/disruptions/${disruptionId}/board`, { query: { ...params }, signal }),
  figures: (disruptionId: string) => api<BoardFigures>(`/disruptions/${disruptionId}/figures`),
};
