import { describe, expect, it } from "vitest";
import { parsePath, publicRewrite } from "./public-path";

describe("public addresses", () => {
  it.each([
    ["/", "/l/pl"],
    ["/uk", "/l/uk"],
    ["/en/", "/l/en"],
    ["/ops-bialoleka", "/l/pl/ops-bialoleka"],
    ["/uk/ops-bialoleka/offer/mamy-klub", "/l/uk/ops-bialoleka/offer/mamy-klub"],
    ["/en/ops-bialoleka/calendar.ics", "/l/en/ops-bialoleka/calendar.ics"],
  ])("%s → %s", (from, to) => expect(publicRewrite(from)).toBe(to));

  it.each([
    "/login",
    "/staff",
    "/account",
    "/invitation/abc",
    "/api/health",
    "/ops-bialoleka/staff",
    "/ops-bialoleka/staff/team",
    "/l/pl/x",
    "/uk/login",
    "/robots.txt",
    "/favicon.ico",
  ])("%s stays as it is", (path) => expect(publicRewrite(path)).toBeNull());

  it("reads the internal form too, to which server actions on public pages are posted", () => {
    expect(parsePath("/l/uk/ops-bialoleka/offer/x")).toEqual({ locale: "uk", segments: ["ops-bialoleka", "offer", "x"] });
    expect(parsePath("/l/pl/ops-bialoleka")).toEqual({ locale: "pl", segments: ["ops-bialoleka"] });
  });

  it("finds the centre after a language prefix", () => {
    expect(parsePath("/uk/ops-bialoleka/offer/x")).toEqual({ locale: "uk", segments: ["ops-bialoleka", "offer", "x"] });
    expect(parsePath("/ops-bialoleka/staff")).toEqual({ locale: "pl", segments: ["ops-bialoleka", "staff"] });
  });
});
