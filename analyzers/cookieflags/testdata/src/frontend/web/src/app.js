// Reads what the server hands over in cookies.
import Cookies from "js-cookie";

export function brand() {
  const raw = Cookies.get("brandData");
  return raw ? JSON.parse(raw) : {};
}

export function login(api, user, pass) {
  return api.post("/login", { user, pass }).then((r) => {
    localStorage.setItem("user", user);
    // The response body carries the token for API calls; it is kept in
    // memory, never in script-readable storage.
    return r.data["accessToken"];
  });
}
