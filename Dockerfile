# One slim image per service:
#   docker build --build-arg SERVICE=gateway .            (or SERVICE=subgraphs/<name>)
# The build stage installs exactly the committed lockfile (npm ci) and builds the service with the
# workspaces it depends on; the image then holds only that service, those workspaces' built output and
# their production dependencies, run as the unprivileged `node` user.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
ARG SERVICE
# Refuse to build without a service: an image of "everything" is what this file exists to avoid.
RUN case "${SERVICE}" in \
      gateway|subgraphs/institutions|subgraphs/catalog|subgraphs/exams|subgraphs/examiners|subgraphs/certificates) ;; \
      *) echo "set --build-arg SERVICE=gateway or SERVICE=subgraphs/<institutions|catalog|exams|examiners|certificates> (got '${SERVICE}')" >&2; exit 1 ;; \
    esac
# better-sqlite3 compiles from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY packages ./packages
COPY province-rules ./province-rules
COPY subgraphs ./subgraphs
COPY gateway ./gateway
RUN npm ci --no-audit --no-fund \
 && npx turbo run build --filter="$(node -p "require('./${SERVICE}/package.json').name")..."
# Production dependencies of this one workspace (and the workspaces it links), nothing else; then the
# built output of each linked workspace: package.json, dist/ and any checked-in *.graphql next to it.
RUN rm -rf node_modules \
 && npm ci --omit=dev --workspace="${SERVICE}" --no-audit --no-fund \
 && mkdir -p /out && cp -a package.json node_modules /out/ \
 && for link in node_modules/@skillfed/*; do \
      dir="$(readlink -f "$link")"; rel="${dir#/app/}"; mkdir -p "/out/$rel"; \
      cp -a "$dir/package.json" "$dir/dist" "/out/$rel/"; \
      for extra in "$dir"/*.graphql "$dir/node_modules"; do if [ -e "$extra" ]; then cp -a "$extra" "/out/$rel/"; fi; done; \
    done

FROM ${NODE_IMAGE} AS runtime
ARG SERVICE
ENV NODE_ENV=production \
    SERVICE_DIR=${SERVICE} \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=root:root /out /app
USER node
CMD ["sh", "-c", "exec node \"/app/$SERVICE_DIR/dist/main.js\""]
