import { handleBookingRequest } from "@/lib/booking/web/api";
import { bookingContext } from "@/lib/runtime";

export function POST(request: Request) {
  return handleBookingRequest(request, bookingContext());
}
