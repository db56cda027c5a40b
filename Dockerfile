# IDocBook in a container: `docker build -t idocbook .`, then, in a book's folder,
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/book" idocbook
# builds /book into /book/output. The image holds the native release (no .NET runtime)
# and runs as a non-root user; the book is read from the mount and never from the network.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN apt-get update && apt-get install -y --no-install-recommends zip clang zlib1g-dev \
 && eng/release.sh /release linux-x64 \
 && mkdir /app && tar -xzf /release/idocbook-*-linux-x64.tar.gz -C /app --strip-components=1

# runtime-deps carries what a self-contained .NET program needs from the system, ICU included
# (line breaking calls ICU directly).
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
COPY --from=build /app /opt/idocbook
USER app
WORKDIR /book
ENTRYPOINT ["/opt/idocbook/idocbook"]
CMD ["build", "/book", "-o", "/book/output"]
