/** Set by src/proxy.ts from the request URL; any value a client sends is overwritten. */
export const PATHNAME_HEADER = "x-razem-pathname";
