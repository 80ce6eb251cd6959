# The virtops CLI and agent: small, non-root, works with a read-only root file system.
FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY bin bin
COPY src src
COPY rules rules
COPY policies policies
COPY scripts scripts
COPY tsconfig.json tsconfig.build.json ./
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

FROM gcr.io/distroless/nodejs24-debian12:nonroot
WORKDIR /app
COPY --from=build /src/package.json ./
COPY --from=build /src/node_modules node_modules
COPY --from=build /src/bin bin
COPY --from=build /src/build build
COPY --from=build /src/generated generated
COPY --from=build /src/policies policies
COPY --from=build /src/src/schema/generated src/schema/generated
USER 65532
EXPOSE 8080
ENTRYPOINT ["/nodejs/bin/node", "/app/bin/virtops.js"]
CMD ["--help"]
