# Multi-stage build: the SDK builds and publishes, the slim ASP.NET runtime runs.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props portal.sln ./
COPY Pipe17Portal/Pipe17Portal.csproj Pipe17Portal/
COPY Pipe17Portal.Client/Pipe17Portal.Client.csproj Pipe17Portal.Client/
RUN dotnet restore Pipe17Portal/Pipe17Portal.csproj
COPY Pipe17Portal/ Pipe17Portal/
COPY Pipe17Portal.Client/ Pipe17Portal.Client/
RUN dotnet publish Pipe17Portal/Pipe17Portal.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# curl is only for the health check below.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /app .
# The image's non-root user (uid 1654) owns the data folder: the database and sandbox live there.
RUN mkdir -p /app/App_Data && chown -R app:app /app/App_Data
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__Portal="Data Source=/app/App_Data/portal.db" \
    Sandbox__ConnectionString="Data Source=/app/App_Data/sandbox.db"
VOLUME ["/app/App_Data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "Pipe17Portal.dll"]
