// Per-request memoised reads: a page and its generateMetadata ask for the same data once.
import { cache } from "react";
import { getPublicCentre, getPublicOffer } from "./data";

export const publicCentre = cache(getPublicCentre);
export const publicOffer = cache(getPublicOffer);
