import type { FastifyReply } from 'fastify';

/** The `:id` of an admin route: a positive whole number, or 400 before the handler runs. */
export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

/** An admin page as the answer, with its status (the admin context adds no-store and noindex). */
export const html = (reply: FastifyReply, body: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(body);
