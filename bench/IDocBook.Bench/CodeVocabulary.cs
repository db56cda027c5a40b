using System.Globalization;
using System.Text;

namespace IDocBook.Bench;

/// <summary>
/// Real-looking lines of shell, Dockerfile, YAML, Go, JSON, Python and Rust, and the blocks the
/// realistic book makes of them: a language's opening lines, a random selection of its body lines
/// with names, ports and versions filled in, and its closing lines. No two blocks of a book come out
/// the same (the caller checks), so the highlighter's cache of equal blocks cannot hide its cost.
/// </summary>
internal static class CodeVocabulary
{
    /// <summary>Languages and how often each is drawn (out of 100): the mix of a container/cloud book.</summary>
    public static readonly (string Language, int Weight)[] Mix =
        [("bash", 30), ("yaml", 18), ("dockerfile", 14), ("go", 12), ("json", 10), ("python", 10), ("rust", 6)];

    private static readonly string[] Names = ["web", "api", "worker", "db", "cache", "gateway", "auth", "billing", "search", "queue", "metrics", "frontend"];
    private static readonly string[] Runtimes = ["gcr.io/distroless/static-debian12", "gcr.io/distroless/base-debian12", "alpine:3.20", "debian:bookworm-slim", "scratch", "ubuntu:24.04"];
    private static readonly string[] Packages = ["main", "server", "handler", "store", "api"];
    private static readonly string[] Suffixes = ["", "", "_v2", "_svc", "_job", "_proxy", "_edge", "_sync"];
    private static readonly string[] Images = ["nginx:1.27", "redis:7.4-alpine", "postgres:16", "golang:1.23", "python:3.12-slim", "node:22-bookworm", "rust:1.82", "alpine:3.20"];

    /// <summary>Opening lines, body lines drawn at random, closing lines; opening and closing lines starting with '?' are left out half the time.</summary>
    private sealed record Shape(string[] Open, string[] Body, string[] Close, int MinBody, int MaxBody);

    private static readonly Dictionary<string, Shape> Shapes = new()
    {
        ["bash"] = new([], [
            "# 拉取镜像并以后台方式启动",
            "docker pull {image}",
            "docker run -d --name {name}{n} -p {port}:80 --restart=unless-stopped {image}",
            "docker ps --format '{{.Names}}\\t{{.Status}}\\t{{.Ports}}'",
            "docker logs -f --tail {n} {name} 2>&1 | grep -iE 'error|warn'",
            "docker exec -it {name} sh -c 'ls -la /var/lib/{name} && df -h'",
            "docker build -t registry.example.com/{name}:v{ver} --build-arg VERSION={ver} .",
            "docker push registry.example.com/{name}:v{ver}",
            "docker network create --driver bridge --subnet 172.{n}.0.0/16 {name}-net",
            "docker volume create {name}-data && docker volume inspect {name}-data",
            "kubectl get pods -n {name} -o wide --sort-by=.status.startTime",
            "kubectl rollout status deployment/{name} --timeout={n}s",
            "kubectl logs -l app={name} --since=10m | tail -n {n}",
            "kubectl scale deployment/{name} --replicas={small}",
            "export DOCKER_BUILDKIT=1 IMAGE_TAG=\"v{ver}\"",
            "for i in $(seq 1 {small}); do curl -fsS http://localhost:{port}/healthz || sleep 2; done",
            "if [ -z \"${KUBECONFIG:-}\" ]; then echo \"KUBECONFIG is not set\" >&2; exit 1; fi",
            "sudo systemctl restart docker && sudo systemctl status docker --no-pager",
            "curl -sSL https://get.docker.com | sh -s -- --version {ver}",
            "tar -czf backup-$(date +%Y%m%d).tar.gz /var/lib/{name}",
            "sed -i 's/^#\\?PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config",
            "awk '/MemAvailable/ {print $2 / 1024 \" MB\"}' /proc/meminfo",
            "find /var/log -name '*.log' -mtime +{small} -delete",
            "ssh -o StrictHostKeyChecking=no deploy@10.0.{small}.{n} 'docker compose up -d'",
            "docker system prune -af --volumes --filter \"until={n}h\"",
            "helm upgrade --install {name} ./charts/{name} --set image.tag=v{ver} -n {name}",
        ], [], 2, 9),
        ["dockerfile"] = new(["?# syntax=docker/dockerfile:1", "FROM {image} AS build"], [
            "WORKDIR /src",
            "COPY go.mod go.sum ./",
            "RUN --mount=type=cache,target=/root/.cache/go-build go mod download",
            "COPY . .",
            "RUN CGO_ENABLED=0 GOOS=linux go build -ldflags=\"-s -w -X main.version={ver}\" -o /out/{name} ./cmd/{name}",
            "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*",
            "ENV TZ=Asia/Shanghai LANG=C.UTF-8 PORT={port}",
            "ARG VERSION={ver}",
            "RUN pip install --no-cache-dir -r requirements.txt",
            "RUN npm ci --omit=dev && npm cache clean --force",
            "LABEL org.opencontainers.image.source=\"https://github.com/example/{name}\"",
            "HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:{port}/healthz || exit 1",
            "RUN addgroup --system app && adduser --system --ingroup app app",
        ], ["FROM {runtime}", "COPY --from=build /out/{name} /usr/local/bin/{name}", "?USER nonroot:nonroot", "EXPOSE {port}", "ENTRYPOINT [\"/usr/local/bin/{name}\"]"], 2, 6),
        ["yaml"] = new(["?version: \"3.{small}\"", "services:", "  {name}:"], [
            "    image: {image}",
            "    restart: unless-stopped",
            "    ports:\n      - \"{port}:80\"",
            "    environment:\n      - TZ=Asia/Shanghai  # 时区\n      - LOG_LEVEL=info",
            "    volumes:\n      - {name}-data:/var/lib/{name}",
            "    depends_on:\n      - db",
            "    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:{port}/healthz\"]\n      interval: {small}0s",
            "    deploy:\n      resources:\n        limits:\n          cpus: \"0.{small}\"\n          memory: {n}M",
            "    command: [\"--port\", \"{port}\", \"--workers\", \"{small}\"]",
            "    networks: [backend]",
            "    logging:\n      driver: json-file\n      options: { max-size: \"{n}m\", max-file: \"3\" }",
        ], ["?volumes:\n  {name}-data: {}"], 2, 6),
        ["go"] = new(["package {pkg}", "", "import (", "?\t\"context\"", "?\t\"encoding/json\"", "\t\"fmt\"", "?\t\"log\"", "\t\"net/http\"", "?\t\"sync\"", "?\t\"time\"", ")", "", "// {name}Handler 处理 {name} 的请求并返回状态", "func {name}Handler(w http.ResponseWriter, r *http.Request) {"], [
            "\tctx, cancel := context.WithTimeout(r.Context(), {small}*time.Second)",
            "\tdefer cancel()",
            "\tif r.Method != http.MethodGet {\n\t\thttp.Error(w, \"method not allowed\", http.StatusMethodNotAllowed)\n\t\treturn\n\t}",
            "\tname := r.URL.Query().Get(\"name\")",
            "\tcount, err := store.Count(ctx, \"{name}\", {n})",
            "\tif err != nil {\n\t\tlog.Printf(\"count {name}: %v\", err)\n\t\treturn\n\t}",
            "\tw.Header().Set(\"Content-Type\", \"application/json\")",
            "\tfmt.Fprintf(w, `{\"service\":\"{name}\",\"count\":%d}`, count)",
            "\tfor i := 0; i < {small}; i++ {\n\t\tgo worker(ctx, i, jobs)\n\t}",
            "\tselect {\n\tcase <-ctx.Done():\n\t\treturn\n\tcase job := <-jobs:\n\t\t_ = job\n\t}",
            "\tbuf := make([]byte, 0, {n})",
            "\tdata, _ := json.Marshal(map[string]any{\"port\": {port}, \"ok\": true})",
        ], ["}"], 2, 6),
        ["json"] = new(["{"], [
            "  \"name\": \"{name}\",",
            "  \"version\": \"{ver}\",",
            "  \"registry-mirrors\": [\"https://mirror-{n}.example.com\"],",
            "  \"log-driver\": \"json-file\",",
            "  \"log-opts\": { \"max-size\": \"{n}m\", \"max-file\": \"{small}\" },",
            "  \"storage-driver\": \"overlay2\",",
            "  \"live-restore\": true,",
            "  \"default-ulimits\": { \"nofile\": { \"Name\": \"nofile\", \"Hard\": {n}000, \"Soft\": {n}000 } },",
            "  \"features\": { \"buildkit\": true, \"containerd-snapshotter\": false },",
            "  \"exposedPorts\": { \"{port}/tcp\": {} },",
            "  \"labels\": [\"team={name}\", \"tier=backend\"],",
            "  \"dns\": [\"10.0.0.{small}\", \"8.8.8.8\"],",
        ], ["  \"debug\": {bool}", "}"], 2, 7),
        ["python"] = new(["?import json", "?import logging", "import os", "?import shutil", "import subprocess", "?import sys", "", "", "def deploy_{name}(tag: str = \"v{ver}\") -> int:", "    \"\"\"构建 {name} 的镜像并推送到仓库。\"\"\""], [
            "    image = f\"registry.example.com/{name}:{tag}\"",
            "    env = dict(os.environ, DOCKER_BUILDKIT=\"1\")",
            "    result = subprocess.run([\"docker\", \"build\", \"-t\", image, \".\"], env=env, check=False)",
            "    if result.returncode != 0:\n        raise RuntimeError(f\"build failed: {result.returncode}\")",
            "    for attempt in range({small}):\n        print(f\"push attempt {attempt + 1}\")",
            "    ports = {\"http\": {port}, \"metrics\": {port} + 1}",
            "    with open(\"/etc/{name}/config.yml\", encoding=\"utf-8\") as f:\n        config = f.read()",
            "    replicas = int(os.getenv(\"REPLICAS\", \"{small}\"))",
            "    timeout = {n} * 1.5  # 秒",
            "    names = [c.strip() for c in config.splitlines() if c and not c.startswith(\"#\")]",
        ], ["    return 0"], 2, 6),
        ["rust"] = new(["?use std::sync::Arc;", "use std::net::SocketAddr;", "?use std::time::Duration;", "", "/// 启动 {name} 服务", "#[tokio::main]", "async fn main() -> anyhow::Result<()> {"], [
            "    let addr = SocketAddr::from(([0, 0, 0, 0], {port}));",
            "    let listener = tokio::net::TcpListener::bind(addr).await?;",
            "    println!(\"{name} listening on {}\", addr);",
            "    let workers: usize = std::env::var(\"WORKERS\").unwrap_or_else(|_| \"{small}\".into()).parse()?;",
            "    let client = reqwest::Client::builder().timeout(Duration::from_secs({small})).build()?;",
            "    for i in 0..workers {\n        tokio::spawn(async move { run_worker(i).await });\n    }",
            "    let body: Vec<u8> = Vec::with_capacity({n});",
            "    match fetch(&client, \"http://{name}:{port}/healthz\").await {\n        Ok(status) => println!(\"status: {status}\"),\n        Err(e) => eprintln!(\"error: {e}\"),\n    }",
        ], ["    Ok(())", "}"], 2, 5),
    };

    private static string? Comment(string language) => language switch
    {
        "bash" or "yaml" or "python" or "dockerfile" => "#",
        "go" or "rust" => "//",
        _ => null,
    };

    /// <summary>A language drawn by <see cref="Mix"/>.</summary>
    public static string Language(Random random)
    {
        var pick = random.Next(100);
        foreach (var (language, weight) in Mix)
        {
            if (pick < weight) return language;
            pick -= weight;
        }
        return Mix[0].Language;
    }

    /// <summary>One block of <paramref name="language"/>, without the fences.</summary>
    public static string Block(Random random, string language)
    {
        var shape = Shapes[language];
        var name = Names[random.Next(Names.Length)] + Suffixes[random.Next(Suffixes.Length)];
        var sb = new StringBuilder();
        Optional(random, sb, shape.Open, name);
        var count = random.Next(shape.MinBody, shape.MaxBody + 1);
        var used = new HashSet<int>();
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(shape.Body.Length);
            if (!used.Add(at)) continue;
            sb.Append(Fill(random, shape.Body[at], name));
            // Authors annotate some lines, each in its own words.
            if (random.Next(5) == 0 && Comment(language) is { } mark) sb.Append(' ').Append(mark).Append(' ').Append(SyntheticBook.Phrase(random)[..random.Next(4, 10)]);
            sb.Append('\n');
        }
        Optional(random, sb, shape.Close, name);
        return sb.ToString();
    }

    // Lines starting with '?' are left out half the time.
    private static void Optional(Random random, StringBuilder sb, string[] lines, string name)
    {
        foreach (var line in lines)
        {
            if (line.StartsWith('?') && random.Next(2) == 0) continue;
            sb.Append(Fill(random, line.TrimStart('?'), name)).Append('\n');
        }
    }

    private static string Fill(Random random, string line, string name) => line
        .Replace("{name}", name, StringComparison.Ordinal)
        .Replace("{runtime}", Runtimes[random.Next(Runtimes.Length)], StringComparison.Ordinal)
        .Replace("{bool}", random.Next(2) == 0 ? "true" : "false", StringComparison.Ordinal)
        .Replace("{pkg}", Packages[random.Next(Packages.Length)], StringComparison.Ordinal)
        .Replace("{image}", Images[random.Next(Images.Length)], StringComparison.Ordinal)
        .Replace("{port}", (8000 + random.Next(1000)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{ver}", string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 4)}.{random.Next(30)}.{random.Next(10)}"), StringComparison.Ordinal)
        .Replace("{small}", random.Next(2, 10).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{n}", random.Next(10, 999).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
