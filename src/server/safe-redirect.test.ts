import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-redirect";

describe("safeReturnPath", () => {
  it.each(["/staff", "/ops-bialoleka/staff/team", "/ops-bialoleka/staff?tydzien=1", "/account#password"])("keeps %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each(["//evil.com", "/\\evil.com", "/\\/evil.com", "/\t/evil.com", "/\n/evil.com", "https://evil.com", "evil.com", "", null, 42, "/%5Cevil.com/../x"])(
    "refuses %j",
    (value) => {
      const result = safeReturnPath(value);
      expect(new URL(result, "https://razem.example").origin).toBe("https://razem.example");
      if (typeof value !== "string" || !value.startsWith("/%5C")) expect(result).toBe("/staff");
    },
  );
});
