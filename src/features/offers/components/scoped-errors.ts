// Several small forms on one page share field names (a translation's "name", an indicator's "name"),
// but ids must be unique on a page. Each form gives its fields a prefix, and the error summary gets
// the same prefixed keys, so its links still land on the right field.
import { fieldId } from "@/components/ui/field";

export function scoped(prefix: string) {
  const key = (name: string) => `${prefix}-${name}`;
  return {
    id: (name: string) => fieldId(key(name)),
    errors: (fieldErrors: Record<string, string[]> | undefined) =>
      fieldErrors ? Object.fromEntries(Object.entries(fieldErrors).map(([name, errs]) => [name === "_form" ? name : key(name), errs])) : undefined,
    labels: (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([name, label]) => [key(name), label])),
  };
}
