# Multi-stage build of the API (which also hosts the ingestion worker).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Set by BuildKit to the image's architecture (amd64, arm64), which `dotnet publish -a` takes as it is.
ARG TARGETARCH
WORKDIR /source
COPY . .
# ReadyToRun, compiled ahead for the image's architecture: the worker's first load and the first requests wait less for the JIT.
RUN dotnet publish src/GeoGraph.Api -c Release -a $TARGETARCH -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
EXPOSE 5080
ENTRYPOINT ["dotnet", "GeoGraph.Api.dll"]
