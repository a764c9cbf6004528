import { MainNav } from "@/components/main-nav";

// An address the slot has no page for (a 404): the menu with nothing marked.
export default function DefaultNav() {
  return <MainNav />;
}
