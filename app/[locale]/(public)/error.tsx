"use client";

// Inside the public chrome, so that a failing public page keeps the header and footer.
export { default } from "../error";
