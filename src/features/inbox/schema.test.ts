import { describe, expect, it } from "vitest";
import { contactMessages } from "./messages";
import { contactInput, inboxFilterOf, isFromBot, MESSAGE_MAX } from "./schema";

const en = contactMessages("en");

describe("the contact form's input", () => {
  it("accepts up to 2,000 characters and refuses more, in the page's language", () => {
    expect(contactInput(en).safeParse({ message: "a".repeat(MESSAGE_MAX) }).success).toBe(true);
    const tooLong = contactInput(en).safeParse({ message: "a".repeat(MESSAGE_MAX + 1) });
    expect(tooLong.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["message", en.messageTooLong]]);
  });

  it("counts a line break as one character, as the person typed it", () => {
    // Browsers send CRLF: 1,000 lines are 3,000 characters on the wire and 1,999 typed.
    const parsed = contactInput(en).safeParse({ message: "a\r\n".repeat(1000) });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.message).toBe("a\n".repeat(1000).trim());
  });

  it("needs a message; the contact is optional and an empty one is not stored", () => {
    const pl = contactMessages("pl");
    expect(contactInput(pl).safeParse({ message: "   " }).error?.issues[0].message).toBe(pl.messageRequired);
    expect(contactInput(pl).parse({ message: "Pytanie", contact: "  " })).toEqual({ message: "Pytanie", contact: undefined });
    expect(contactInput(pl).safeParse({ message: "Pytanie", contact: "x".repeat(201) }).error?.issues[0].message).toBe(pl.contactTooLong);
  });

  it("tells a bot by its filled-in trap field", () => {
    expect(isFromBot({ message: "x", website: "http://spam.example" })).toBe(true);
    expect(isFromBot({ message: "x", website: "" })).toBe(false);
    expect(isFromBot({ message: "x" })).toBe(false);
  });
});

describe("the inbox's views", () => {
  it("read the view from the address, 'to handle' by default", () => {
    expect(inboxFilterOf(undefined)).toBe("open");
    expect(inboxFilterOf("zalatwione")).toBe("handled");
    expect(inboxFilterOf(["wszystkie"])).toBe("all");
    expect(inboxFilterOf("cokolwiek")).toBe("open");
  });
});
