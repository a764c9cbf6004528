import { getSite } from "@/lib/site";
import { CallToActionPanel } from "./call-to-action-panel";

/** The end of every note: an invitation to book the intro call. */
export function NoteCallToAction() {
  return <CallToActionPanel id="note-cta" as="aside" headingSize="text-2xl" {...getSite().noteCallToAction} />;
}
