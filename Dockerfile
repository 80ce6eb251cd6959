# The virtops CLI and agent: small, non-root, works with a read-only root file system (the agent
# writes only to its --cache-dir and the temp dir: deploy/agent.yaml mounts emptyDirs there).
#   docker build -t ghcr.io/virtops/virtops:$(node -p "require('./package.json').version") .
#   docker run --rm -v "$PWD:/work" -w /work ghcr.io/virtops/virtops:<version> lint .
# test/integrations/dockerfile.test.ts checks this file and runs the runtime stage's files.
FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY bin bin
COPY scripts scripts
COPY src src
COPY rules rules
COPY policies policies
# npm ci runs `prepare`, which builds (tsc, the precompiled validators, the bundle); then the dev
# dependencies go: the bundle has the reconciler's dependencies inside, and loads only openpgp, yaml
# and ajv's runtime from node_modules.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

FROM gcr.io/distroless/nodejs24-debian12:nonroot
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /src/package.json ./
COPY --from=build /src/node_modules node_modules
COPY --from=build /src/bin bin
COPY --from=build /src/build/bundle build/bundle
COPY --from=build /src/generated generated
COPY --from=build /src/policies policies
COPY --from=build /src/src/schema/generated src/schema/generated
COPY --from=build /src/rules/*.md rules/
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/nodejs/bin/node", "/app/bin/virtops.js"]
CMD ["--help"]
