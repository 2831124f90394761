# Multi-stage build of the API (which also hosts the ingestion worker). The build stages run on the builder's own
# platform and compile for the image's: BuildKit (Docker's builder since 23.0, and Compose v2's) sets BUILDPLATFORM
# and TARGETARCH. The final stage runs no command, so building for another architecture needs no emulation.

# The explorer page's front-end package, from npm: the SDK image has no Node, and wwwroot/lib is not in the repository.
FROM --platform=$BUILDPLATFORM node:24-slim AS explorer
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
# The folders the worker writes (inbox, quarantine, the ingestion ledger's state), outside the app's folder, which is
# root's. Open to every user: the container may run as any uid (compose's GEOGRAPH_UID), and a new, empty volume
# mounted on one takes that folder's mode — the folder's, not that of files already in it.
RUN mkdir -p /rootfs/data/inbox /rootfs/data/quarantine /rootfs/data/state && chmod 0777 /rootfs/data/*

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY --from=build /rootfs/data /data
# Defaults for a run without compose; mount articles on /data/seeds or drop them into /data/inbox.
# (The base image's ASPNETCORE_HTTP_PORTS is emptied: Urls decides, without a warning at every start.)
ENV Urls=http://+:5080 \
    ASPNETCORE_HTTP_PORTS= \
    GeoGraph__Ingestion__SeedsPath=/data/seeds \
    GeoGraph__Ingestion__InboxPath=/data/inbox \
    GeoGraph__Ingestion__QuarantinePath=/data/quarantine \
    GeoGraph__Ingestion__DataPath=/data/state
USER $APP_UID
EXPOSE 5080
ENTRYPOINT ["dotnet", "GeoGraph.Api.dll"]
