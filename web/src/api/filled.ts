/**
 * A generated view as a screen relies on it. springdoc marks no field of a Java record's answer required, so every
 * generated view is all-optional, though the services write every field (null where the record holds none). A feature
 * narrows a view once, where it names its type: the fields `K` it relies on as always there, any nested view `Nested`
 * narrowed in turn; the other fields may be null.
 */
export type Filled<T, K extends keyof T, Nested extends Partial<Record<keyof T, unknown>> = Record<never, never>> =
  { [P in Exclude<keyof T, K | keyof Nested>]?: T[P] | null }
  & { [P in Exclude<K, keyof Nested>]-?: Exclude<T[P], undefined> }
  & Nested;
