// Every ZIP the portal writes declares its entries as made on Unix, with ordinary file permissions.
// fflate's default origin is MS-DOS, and for an MS-DOS entry Debian's Info-ZIP `unzip` converts the
// name from an OEM code page even when the UTF-8 flag is set: "Chương trình/" came out as mojibake.
// Windows Explorer and macOS read the UTF-8 flag whatever the origin, so Unix suits all three.

const UNIX = 3;
/** A regular file, rw-r--r--, in the high half of the external attributes (as Info-ZIP writes them). */
const REGULAR_FILE = (0o100644 << 16) >>> 0;

export const ZIP_ENTRY_ORIGIN = { os: UNIX, attrs: REGULAR_FILE } as const;
