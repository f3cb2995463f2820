#!/usr/bin/env bash
# End-to-end check of the Keycloak mode (docs/access.md): obtains the Keycloak server distribution from Maven
# Central (org.keycloak:keycloak-quarkus-dist, zip), starts it in dev mode with JDK 21+ on free ports with the
# realm of docker/keycloak/archivo-realm.json imported, starts the packaged service (target/quarkus-app) configured
# for OIDC against it, gets tokens for demo users (direct grant), and uploads, publishes and reads a study.
# Everything it starts is stopped on exit. Every wait is bounded.
#
#   scripts/keycloak-e2e.sh                  # KC_VERSION, KC_JAVA_HOME, E2E_TIMEOUT may be set
set -euo pipefail
cd "$(dirname "$0")/.."

KC_VERSION="${KC_VERSION:-26.7.3}"
KC_JAVA_HOME="${KC_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
E2E_TIMEOUT="${E2E_TIMEOUT:-240}"
WORK="$PWD/target/keycloak-e2e"
START=$(date +%s)
PIDS=()

step() { echo "== keycloak-e2e [$(( $(date +%s) - START ))s] $*"; }
fail() { echo "!! keycloak-e2e FAILED: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
wait_for() { # url seconds what pid
  local deadline=$(( $(date +%s) + $2 ))
  until curl -fs -o /dev/null "$1"; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "$3 did not come up within $2s (see $WORK/*.log)"
    kill -0 "$4" 2>/dev/null || { tail -20 "$WORK"/*.log >&2; fail "$3 exited (see $WORK/*.log)"; }
    sleep 2
  done
}

[ -x "$KC_JAVA_HOME/bin/java" ] || fail "Keycloak needs JDK 21+; set KC_JAVA_HOME (tried $KC_JAVA_HOME)"
mkdir -p "$WORK"

step "Keycloak $KC_VERSION distribution from Maven Central"
ZIP="$WORK/keycloak-quarkus-dist-$KC_VERSION.zip"
if [ ! -f "$ZIP" ]; then
  ./mvnw -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
    -DoutputDirectory="$WORK" -Dmdep.overWriteIfNewer=true >/dev/null || fail "cannot download keycloak-quarkus-dist $KC_VERSION"
fi
rm -rf "$WORK/keycloak-$KC_VERSION"
unzip -q "$ZIP" -d "$WORK"
KC_HOME="$WORK/keycloak-$KC_VERSION"
mkdir -p "$KC_HOME/data/import"
cp docker/keycloak/archivo-realm.json "$KC_HOME/data/import/"

KC_PORT=$(free_port); KC_MGMT_PORT=$(free_port); APP_PORT=$(free_port)
step "Starting Keycloak (dev mode, realm imported) on port $KC_PORT"
JAVA_HOME="$KC_JAVA_HOME" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  "$KC_HOME/bin/kc.sh" start-dev --import-realm --http-port="$KC_PORT" --http-management-port="$KC_MGMT_PORT" \
  --hostname="http://localhost:$KC_PORT" >"$WORK/keycloak.log" 2>&1 &
PIDS+=($!)
ISSUER="http://localhost:$KC_PORT/realms/archivo"
wait_for "$ISSUER/.well-known/openid-configuration" "$E2E_TIMEOUT" "Keycloak" "${PIDS[-1]}"

step "Packaged service"
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q -o package -DskipTests || fail "cannot build the service"
fi
rm -rf "$WORK/archivo-data"
step "Starting Archivo on port $APP_PORT (OIDC against $ISSUER, Basic off)"
# the pages' browser login uses the realm's demo client archivo-web; the session cookie may not be Secure over http
ARCHIVO_DATA_DIR="$WORK/archivo-data" ARCHIVO_DEMO=false ARCHIVO_ADMIN_PASSWORD=unused-e2e \
  ARCHIVO_OIDC_ENABLED=true ARCHIVO_OIDC_URL="$ISSUER" ARCHIVO_BASIC_AUTH=false QUARKUS_HTTP_PORT="$APP_PORT" \
  ARCHIVO_OIDC_WEB_CLIENT_SECRET="$(jq -r '.clients[] | select(.clientId == "archivo-web") | .secret' docker/keycloak/archivo-realm.json)" \
  ARCHIVO_OIDC_COOKIE_SECURE=false \
  java @src/main/jvm.options -jar target/quarkus-app/quarkus-run.jar >"$WORK/archivo.log" 2>&1 &
PIDS+=($!)
API="http://localhost:$APP_PORT"
wait_for "$API/q/health/ready" 120 "Archivo" "${PIDS[-1]}"

token() {
  curl -fs -d grant_type=password -d client_id=archivo-cli -d "username=$1" -d "password=$2" \
    "$ISSUER/protocol/openid-connect/token" | jq -r .access_token
}
step "Tokens for demo users (direct grant)"
SALUD=$(token editor-salud editor-salud-demo); [ -n "$SALUD" ] && [ "$SALUD" != null ] || fail "no token for editor-salud"
EDUCACION=$(token editor-educacion editor-educacion-demo); [ -n "$EDUCACION" ] || fail "no token for editor-educacion"
echo "   editor-salud token claims: $(python3 -c 'import base64,json,sys; p=sys.argv[1].split(".")[1]; c=json.loads(base64.urlsafe_b64decode(p+"="*(-len(p)%4))); print(json.dumps({"user":c.get("preferred_username"),"departments":c.get("departments"),"roles":c.get("realm_access",{}).get("roles")}))' "$SALUD")"

expect() { # expected-status description curl-args...
  local want=$1 what=$2; shift 2
  local got; got=$(curl -s -o "$WORK/last.json" -w '%{http_code}' "$@")
  [ "$got" = "$want" ] || { cat "$WORK/last.json" >&2; fail "$what: HTTP $got, expected $want"; }
  echo "   ok  $what -> $got"
}
# A browser's sign-in on the pages, with curl and a cookie jar: /entrar sends to Keycloak's login form, the form is
# posted with a demo editor's credentials, Keycloak sends back to Archivo with a code, and Archivo opens a session
# (cookies q_session_web...). Every request is bounded (--max-time); redirects are followed only where a browser would.
#
# curl 7.88.1 (Debian 12) does not drop a cookie it read from the jar file when an answer removes it (Max-Age=0):
# curl/curl#10677. After /salir it would go on sending q_session_web_chunk_1, a part of the ended session, which no
# browser does. So browser() applies the removals of each answer to the jar itself, as a browser would; the script
# checks separately that /salir's answer removes every session cookie the browser holds.
JAR="$WORK/browser-cookies.txt"
browser() {
  local rc=0
  curl -s --max-time 30 -b "$JAR" -c "$JAR" -D "$WORK/browser.headers" "$@" || rc=$?
  local name
  for name in $(removed_cookies "$WORK/browser.headers"); do
    awk -v n="$name" -F '\t' '$6 != n' "$JAR" >"$JAR.tmp" && mv "$JAR.tmp" "$JAR"
  done
  return $rc
}
removed_cookies() { # header dump -> names of the cookies its answers remove
  tr -d '\r' <"$1" | grep -i '^set-cookie:' | grep -i 'max-age=0' | sed -E 's/^[Ss]et-[Cc]ookie: *([^=]*)=.*/\1/'
}
jar_cookies() { awk -F '\t' 'NF >= 7 {print $6}' "$JAR"; }
page_status() { # url -> status of the page in the browser session, body in $WORK/page.html
  browser -o "$WORK/page.html" -w '%{http_code}' "$1"
}
browser_login_sees_the_draft() {
  step "Browser login on the pages (authorization code flow) as editor-salud"
  rm -f "$JAR"
  local got; got=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' "$API/")
  [ "$got" = 200 ] || fail "anonymous home page: HTTP $got, expected 200 (pages must not redirect to Keycloak)"
  echo "   ok  anonymous home page is served, not redirected -> $got"
  got=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' "$API/estudios/CALI-TEST-EMC-2025")
  [ "$got" = 404 ] || fail "anonymous draft page: HTTP $got, expected 404"
  echo "   ok  anonymous does not see the draft's page -> $got"
  local location; location=$(browser -o /dev/null -w '%{http_code} %{redirect_url}' "$API/entrar")
  case "$location" in
    "302 $ISSUER/protocol/openid-connect/auth?"*) echo "   ok  /entrar redirects to Keycloak's authorization endpoint";;
    *) fail "/entrar: expected a 302 to $ISSUER/protocol/openid-connect/auth, got: $location";;
  esac
  browser -L --max-redirs 5 -o "$WORK/login.html" "${location#302 }" || fail "cannot open Keycloak's login form"
  local action; action=$(python3 - "$WORK/login.html" <<'PY'
import html, re, sys
m = re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', open(sys.argv[1], encoding="utf-8").read())
print(html.unescape(m.group(1)) if m else "")
PY
)
  [ -n "$action" ] || fail "no login form in Keycloak's answer (see $WORK/login.html)"
  echo "   ok  Keycloak's login form"
  # Keycloak answers the form with a 302 to /entrar?code=…&state=…; Archivo completes the code flow (PKCE), sets the
  # session cookie, and sends to /entrar without the code, which sends home
  local final; final=$(browser -L --max-redirs 5 -o "$WORK/page.html" -w '%{http_code} %{url_effective}' \
    --data-urlencode username=editor-salud --data-urlencode password=editor-salud-demo "$action")
  [ "$final" = "200 $API/" ] || fail "after the login form: $final, expected 200 $API/ (see $WORK/page.html)"
  grep -q 'Sesión: editor-salud' "$WORK/page.html" || fail "the home page does not show the session of editor-salud"
  grep -q 'href="/salir"' "$WORK/page.html" || fail "the home page has no Salir link"
  echo "   ok  back home signed in: $(grep -o 'Sesión: editor-salud[^<·]*' "$WORK/page.html" | head -1)· Salir"
  local session; session=$(jar_cookies | grep '^q_session' | sort | tr '\n' ' ')
  [ -n "$session" ] || fail "no session cookie after the login"
  echo "   session cookies: $session"
  got=$(page_status "$API/estudios/CALI-TEST-EMC-2025")
  [ "$got" = 200 ] && grep -q 'Borrador' "$WORK/page.html" \
    || fail "editor-salud's draft page in the browser session: HTTP $got, expected 200 marked Borrador"
  echo "   ok  the signed-in editor sees the draft's page, marked Borrador -> $got"
  got=$(page_status "$API/buscar?q=movilidad")
  grep -q 'Borrador' "$WORK/page.html" || fail "the draft is not marked in the editor's search results (HTTP $got)"
  echo "   ok  and finds it in the search, marked Borrador -> $got"

  step "Sign out (/salir: RP-initiated logout)"
  browser -o /dev/null "$API/salir"
  local salir; salir=$(tr -d '\r' <"$WORK/browser.headers")
  echo "$salir" | grep -q '^HTTP/1.1 302' || fail "/salir: expected a 302 to Keycloak, got: $(echo "$salir" | head -1)"
  echo "$salir" | grep -i '^location:' | grep -q "$ISSUER/protocol/openid-connect/logout" \
    || fail "/salir does not redirect to Keycloak's end-session endpoint"
  echo "   ok  /salir redirects to Keycloak's end-session endpoint"
  local removed; removed=$(removed_cookies "$WORK/browser.headers" | sort | tr '\n' ' ')
  [ "$removed" = "$session" ] || fail "/salir removes [$removed], the session was [$session]"
  echo "   ok  /salir removes every session cookie: $removed"
  jar_cookies | grep -q '^q_session' && fail "a session cookie is still in the jar after /salir"
  final=$(browser -L --max-redirs 5 -o "$WORK/page.html" -w '%{http_code} %{url_effective}' \
    "$(echo "$salir" | grep -i '^location:' | sed -E 's/^[Ll]ocation: *//')")
  case "$final" in
    "200 $API/"*) echo "   ok  Keycloak ends its session and sends back home -> ${final%% *}";;
    *) fail "after Keycloak's logout: $final, expected 200 at $API/ (see $WORK/page.html)";;
  esac
  grep -q 'Sesión:' "$WORK/page.html" && fail "the home page still shows a session after /salir"
  got=$(page_status "$API/estudios/CALI-TEST-EMC-2025")
  [ "$got" = 404 ] || fail "the draft's page after /salir: HTTP $got, expected 404"
  echo "   ok  after signing out the draft is no longer shown -> $got"
  location=$(browser -o /dev/null -w '%{http_code} %{redirect_url}' "$API/entrar")
  case "$location" in
    "302 $ISSUER/protocol/openid-connect/auth?"*) echo "   ok  Keycloak's session is over too: /entrar asks to sign in again";;
    *) fail "/entrar after /salir: $location";;
  esac
  browser -L --max-redirs 5 -o "$WORK/login.html" "${location#302 }"
  grep -q 'id="kc-form-login"' "$WORK/login.html" || fail "Keycloak signed the editor in again without a password"
}

step "Upload, publish and read a study as editor-salud"
expect 201 "create process SAL-E2E (Salud)" -H "Authorization: Bearer $SALUD" -H 'Content-Type: application/json' \
  -d '{"code":"SAL-E2E","name":"Proceso e2e","department":"salud","type":"operacion_estadistica","thematicArea":"Salud","purpose":"Prueba","classification":"publica"}' \
  "$API/api/v1/processes"
expect 201 "upload DDI study" -H "Authorization: Bearer $SALUD" -H 'Content-Type: application/xml' \
  --data-binary @src/test/resources/archive/encuesta-movilidad-2025.xml "$API/api/v1/studies?process=SAL-E2E"
expect 404 "anonymous cannot see the draft" "$API/api/v1/studies/CALI-TEST-EMC-2025"
browser_login_sees_the_draft
expect 404 "editor-educacion cannot even see (nor publish) a Salud draft" -X POST -H "Authorization: Bearer $EDUCACION" \
  "$API/api/v1/studies/CALI-TEST-EMC-2025/publish"
expect 200 "publish" -X POST -H "Authorization: Bearer $SALUD" "$API/api/v1/studies/CALI-TEST-EMC-2025/publish"
expect 200 "anonymous reads the published study" "$API/api/v1/studies/CALI-TEST-EMC-2025"
jq -e '.title == "Encuesta de Movilidad de Santiago de Cali 2025"' "$WORK/last.json" >/dev/null || fail "unexpected title"
expect 403 "editor-educacion may read but not withdraw the published Salud study" -X POST \
  -H "Authorization: Bearer $EDUCACION" "$API/api/v1/studies/CALI-TEST-EMC-2025/withdraw"
# tamper with the first signature character: it carries 6 full bits (the last one may carry only padding bits)
SIG="${SALUD##*.}"
if [ "${SIG:0:1}" = "A" ]; then FIRST=B; else FIRST=A; fi
FORGED="${SALUD%.*}.${FIRST}${SIG:1}"
expect 401 "a forged token is refused" -H "Authorization: Bearer $FORGED" -X POST \
  "$API/api/v1/studies/CALI-TEST-EMC-2025/withdraw"
expect 200 "registro de activos (public)" "$API/api/v1/transparency/registro-activos?format=csv"

step "PASSED in $(( $(date +%s) - START ))s"
