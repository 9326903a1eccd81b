// `SET #f0 = :v0, …` from a record of fields, with names and values, for the conditional updates of
// this capability (attribute names such as `status` and `round` are reserved words).
export function setFields(fields: Record<string, unknown>, prefix = 'f') {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const assignments = Object.entries(fields).map(([field, value], i) => {
    names[`#${prefix}${i}`] = field;
    values[`:${prefix}${i}`] = value;
    return `#${prefix}${i} = :${prefix}${i}`;
  });
  return { assignments, names, values };
}
