import { handleBookingRequest } from "@/lib/booking/web/api";
import { siteContext } from "@/lib/runtime";
import { unlessDatabaseUnavailable } from "@/lib/runtime/database-unavailable";
import { freeTimesChanged } from "@/app/(site)/book/free-times-changed";

export async function POST(request: Request) {
  const response = await unlessDatabaseUnavailable(() => handleBookingRequest(request, siteContext()));
  // Booked (201), or a time found taken (409): either way the kept booking pages may offer a time no longer free.
  if (response.status === 201 || response.status === 409) await freeTimesChanged();
  return response;
}
