/**
 * A server answer as the web client receives it. Some response schemas keep `z.date()` because
 * their services hand out the database's Dates; the JSON body carries each as its ISO string
 * (`Date.prototype.toJSON`). The web types such an answer as `Serialised<z.output<typeof schema>>`
 * so that it still comes from the server's schema, not from a copy with strings typed by hand.
 */
export type Serialised<T> = T extends Date ? string : T extends readonly (infer Item)[] ? Serialised<Item>[] : T extends object ? { [K in keyof T]: Serialised<T[K]> } : T;
