import { MainNav } from "@/components/main-nav";

// Every other page of the site: the menu, told which page it is on, marks that page's link (see currentMarker).
export default async function PageNav({ params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  return <MainNav pathname={`/${path.join("/")}`} />;
}
