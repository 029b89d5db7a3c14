import { api } from './client.ts';
import type { Page, Task, Today } from './types.ts';

export interface TaskListParams {
  state?: 'open' | 'done' | 'all';
  assignee?: string;
  clientId?: string;
  due?: 'overdue' | 'today' | 'upcoming' | '';
  limit?: number;
  cursor?: string;
}

export interface TaskInput {
  title: string;
  notes?: string | null;
  clientId?: string | null;
  assigneeUserId?: string | null;
  dueOn?: string | null;
}

export const tasksApi = {
  list: (params: TaskListParams) => api<Page<Task>>('/tasks', { query: { ...params } }),
  create: (input: TaskInput) => api<Task>('/tasks', { method: 'POST', body: input }),
  update: (id: string, patch: Partial<TaskInput> & { done?: boolean }) =>
    api<Task>(`/tasks/${id}`, { method: 'PATCH', body: patch }),
};

export const todayApi = {
  get: () => api<Today>('/today'),
};
