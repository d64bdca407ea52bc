import { notFound } from "next/navigation";

// Unknown paths reach this route so that they render the localized not-found page inside the layout.
export default function CatchAllPage() {
  notFound();
}
