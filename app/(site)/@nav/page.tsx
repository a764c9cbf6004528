import { MainNav } from "@/components/main-nav";

// The home page: none of the menu's links is the current page.
export default function HomeNav() {
  return <MainNav pathname="/" />;
}
