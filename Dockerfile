# Multi-stage build of the API (which also hosts the ingestion worker). The build stages run on the builder's own
# platform and compile for the image's: BuildKit (Docker's builder since 23.0, and Compose v2's) sets BUILDPLATFORM
# and TARGETARCH.

# The explorer page's front-end package, from npm: the SDK image has no Node, and wwwroot/lib is not in the repository.
FROM --platform=$BUILDPLATFORM node:20-slim AS explorer
WORKDIR /source/src/GeoGraph.Api/Explorer
COPY src/GeoGraph.Api/Explorer/package.json src/GeoGraph.Api/Explorer/package-lock.json src/GeoGraph.Api/Explorer/copy-libraries.mjs ./
RUN npm ci --no-audit --no-fund && npm run build

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /source
COPY . .
COPY --from=explorer /source/src/GeoGraph.Api/wwwroot/lib src/GeoGraph.Api/wwwroot/lib
# ReadyToRun, compiled ahead for the image's architecture (`-a` takes Docker's amd64 and arm64 as they are): the
# worker's first load and the first requests wait less for the JIT.
RUN dotnet publish src/GeoGraph.Api -c Release -a $TARGETARCH -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The ingestion ledger and the embedded store's file, outside the app's folder (root's, read-only to the app): a new
# volume mounted here starts with this folder's mode, so whatever user the container runs as can write it.
RUN mkdir -p /data/state && chmod 0777 /data/state
ENV GeoGraph__Ingestion__DataPath=/data/state
USER $APP_UID
EXPOSE 5080
ENTRYPOINT ["dotnet", "GeoGraph.Api.dll"]
