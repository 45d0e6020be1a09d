# Sourced (not executed) by the mysql image's entrypoint on the first start of an empty data volume,
# so docker_process_sql is available. Each subgraph gets its own database and its own user that may
# touch only that database: a compromised or buggy subgraph cannot read another's tables (personal
# data lives in examiners, exams and certificates) and cannot manage users.
for name in institutions catalog exams examiners certificates; do
  var="$(echo "$name" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="${!var:-}"
  if [ -z "$password" ]; then
    echo "skillfed init: $var is not set" >&2
    exit 1
  fi
  # Single quotes in the password are doubled for the SQL string literal.
  escaped="${password//\'/\'\'}"
  docker_process_sql --database=mysql <<SQL
CREATE DATABASE IF NOT EXISTS \`skillfed_${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'skillfed_${name}'@'%' IDENTIFIED BY '${escaped}';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES ON \`skillfed_${name}\`.* TO 'skillfed_${name}'@'%';
SQL
done
