// The front-end reads its branding from a cookie the server sets.
import Cookies from "js-cookie";

export function branding() {
  const raw = Cookies.get("brandData");
  return raw ? JSON.parse(raw) : { Logo: "", Footer: "" };
}
