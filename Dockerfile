# One image recipe for every service: build with --build-arg SERVICE=gateway or SERVICE=subgraphs/<name>.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY packages ./packages
COPY province-rules ./province-rules
COPY subgraphs ./subgraphs
COPY gateway ./gateway
RUN npm install --no-audit --no-fund && npx turbo run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ARG SERVICE
ENV NODE_ENV=production \
    SERVICE_DIR=${SERVICE} \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
CMD ["sh", "-c", "exec node \"$SERVICE_DIR/dist/main.js\""]
