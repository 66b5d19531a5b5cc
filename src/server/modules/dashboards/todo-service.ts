import type { TodoList } from '../../../common/dashboards.js';
import { todoProvidersFor } from './policy.js';
import { TODO_PROVIDERS, type TodoContext } from './todo.js';

/** The user's to-do list: every provider their role serves, in table order, zero counts left out. */
export async function myTodo(ctx: TodoContext): Promise<TodoList> {
  const items = [];
  // One provider at a time: PGlite has one connection.
  for (const provider of todoProvidersFor(ctx.user, TODO_PROVIDERS)) items.push(...(await provider.load(ctx)));
  return { role: ctx.user.role, items: items.filter((i) => i.count > 0) };
}
