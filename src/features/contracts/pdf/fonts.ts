// react-pdf's built-in Helvetica has no Polish letters (ą, ę, ł, ż…); DejaVu Sans has them all, and
// Ukrainian too. Registered once per process.
import path from "node:path";
import { Font } from "@react-pdf/renderer";

export const PDF_FONT = "DejaVu Sans";

let registered = false;

export function registerPdfFonts() {
  if (registered) return;
  // From the project's node_modules, where `npm run dev`/`start` and the tests run.
  const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  Font.register({
    family: PDF_FONT,
    fonts: [{ src: path.join(dir, "DejaVuSans.ttf") }, { src: path.join(dir, "DejaVuSans-Bold.ttf"), fontWeight: "bold" }],
  });
  // The default hyphenation is English: it would break Polish words (and names) at odd places.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
