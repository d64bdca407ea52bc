import { z } from "zod";

// Zod compiles object parsers with `new Function` where it may, and even its probe for that is
// reported by the pages' Content-Security-Policy, which forbids eval. Forms parse little: the
// interpreted parser is fast enough, on the server and in the browser alike.
z.config({ jitless: true });

export { z };
