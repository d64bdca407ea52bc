// Inside the public chrome, so that a missing public page keeps the header and footer.
export { default } from "../not-found";
