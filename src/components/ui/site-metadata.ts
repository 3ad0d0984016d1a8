import type { Metadata, Viewport } from "next";

export const metadata: Metadata = {
  title: { default: "Razem", template: "%s · Razem" },
  description: "Kluby, grupy wsparcia i programy ośrodków pomocy społecznej.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };
