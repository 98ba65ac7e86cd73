#!/bin/sh
# Checks the dashboard's settings before the nginx image fills them into its template: installed as
# /docker-entrypoint.d/15-viktor-check-env.sh, so it runs before 20-envsubst-on-templates.sh, and a
# failure stops the container with the reason instead of starting a half-working nginx.
# The same rules as deploy/nginx/render-config.ts (tests/server/nginx-config.test.ts runs both). The
# values land inside nginx strings, a regular expression and JSON: no quotes, backslashes, $ or ;.
set -u

failed=0
fail() {
  # Never the token itself in a log line.
  shown=$3
  [ "$1" = VIKTOR_TOKEN ] && shown='(not shown)'
  printf "viktor-dashboard: %s must be %s (got: '%s')\n" "$1" "$2" "$shown" >&2
  failed=1
}

# The whole value matches the extended regular expression (one line only).
matches() {
  [ "$(printf '%s' "$2" | wc -l)" -eq 0 ] && printf '%s\n' "$2" | grep -Eqx -- "$1"
}

check() {
  name=$1
  pattern=$2
  rule=$3
  eval "value=\${$name-}"
  matches "$pattern" "$value" || fail "$name" "$rule" "$value"
}

check BASE_PATH '/([A-Za-z0-9._~-]+/)*' 'a folder that starts and ends with "/", e.g. /tools/viktor/'
case "${BASE_PATH-}" in
  */./* | */../*) fail BASE_PATH 'a folder without . or .. segments' "$BASE_PATH" ;;
esac
check VIKTOR_API_URL 'https?://([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?' \
  "the environment's origin, e.g. https://cloud.us1.viktor.ai (no path, no trailing /)"
check VIKTOR_TOKEN '[A-Za-z0-9._~+/=-]*' 'a token, or empty for the paste-a-token mode'
check VIKTOR_ENVIRONMENT_NAME "[^\"'\\\\\$;{}[:cntrl:]]*" 'a name without quotes, backslashes, $, ;, braces'
check SIGN_IN_URL '((https://|/)[]A-Za-z0-9._~:/?#[@!&()*+,=%-]*)?' \
  'an https:// URL or a path on this origin (e.g. /oauth2/sign_in), or empty'
check LISTEN_PORT '(([0-9.]+|\[[0-9A-Fa-f:]+\]):)?[0-9]{1,5}' 'a port (8080) or address:port'
check DIST_DIR '/[A-Za-z0-9._~/+@=-]*' 'an absolute path'
check UPSTREAM_CA_FILE '/[A-Za-z0-9._~/+@=-]*' 'an absolute path'
host='[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?'
check PUBLIC_HOST "($host(,$host)*)?" \
  'the host users open the dashboard at (dashboard.example.com, or host:port), several separated by "," without spaces, or empty'

# Allowed, but said at every start: without it, only the auth proxy may be in front of this nginx.
if [ -z "${PUBLIC_HOST-}" ]; then
  printf '%s\n' "viktor-dashboard: warning: PUBLIC_HOST is not set, so nginx answers for any host name: a page on another site whose DNS name is re-pointed at this server (DNS rebinding) passes the same-origin check and can use the service token. Without PUBLIC_HOST this nginx must only be reachable through the auth proxy, never directly from users' browsers. Set PUBLIC_HOST to the host users open the dashboard at." >&2
fi

exit "$failed"
