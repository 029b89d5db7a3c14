import { actorOf } from '../../http/request-context.ts';
import type { App, RouteDeps } from '../../http/types.ts';
import { idParams } from '../shared/fields.ts';
import { createTask } from './create-task.ts';
import { listTasks } from './list-tasks.ts';
import { createTaskBody, listTasksQuery, taskPage, taskView, updateTaskBody } from './schemas.ts';
import { updateTask } from './update-task.ts';

export function taskRoutes(app: App, { database, now }: RouteDeps): void {
  const { db } = database;

  app.get(
    '/api/v1/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Tasks, soonest due first; "today" and "overdue" follow the workspace time zone',
        querystring: listTasksQuery,
        response: { 200: taskPage },
      },
    },
    async (request) => listTasks(db, actorOf(request), request.query, now()),
  );

  app.post(
    '/api/v1/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Create a task',
        body: createTaskBody,
        response: { 201: taskView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTask(db, actorOf(request), request.body, now())),
  );

  app.patch(
    '/api/v1/tasks/:id',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Edit, complete (done: true) or reopen a task',
        params: idParams,
        body: updateTaskBody,
        response: { 200: taskView },
      },
    },
    async (request) => updateTask(db, actorOf(request), request.params.id, request.body, now()),
  );
}
