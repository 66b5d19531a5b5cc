/**
 * Compile-time checks that two types are the same, used where a runtime schema (zod) must stay
 * in step with a type the web client shares: `type _ = Expect<Equals<A, B>>` fails `tsc` as
 * soon as either side gains, loses or changes a field. Assignability alone would miss a field
 * that became optional or an enum that grew.
 */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export type Expect<T extends true> = T;
