import { handleBookingRequest } from "@/lib/booking/api";
import { bookingContext } from "@/lib/booking/context";

export function POST(request: Request) {
  return handleBookingRequest(request, bookingContext());
}
