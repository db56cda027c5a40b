using System.Globalization;
using System.Text;

namespace IDocBook.Bench;

/// <summary>
/// Writes a deterministic English technical book of the same shape as <see cref="SyntheticBook"/>'s
/// Chinese one: prose with inline code (flags, paths, identifiers), lists, quotes, tables whose cells
/// hold long words and identifiers, code in four languages, figures and footnotes. It is what the
/// typesetting report measures word spaces, hyphens and cut words on.
/// </summary>
internal static class EnglishBook
{
    private static readonly string[] Languages = ["bash", "yaml", "dockerfile", "go"];

    private static readonly string[] Sentences =
    [
        "A container packages an application together with the runtime environment it depends on",
        "Images are read-only layered filesystems, and every layer records only what changed since the one below it",
        "The daemon is responsible for building, running and distributing containers on the host",
        "Clients talk to the daemon through a documented interface, usually over a local socket",
        "A registry stores images centrally and distributes them to every machine that asks for them",
        "Volumes keep persistent data independent of the lifecycle of any particular container",
        "Network drivers determine how containers reach each other and the outside world",
        "Resource limits prevent a single misbehaving container from exhausting the entire host",
        "Orchestrators schedule containers across many machines and replace the ones that fail",
        "Health checks let the platform notice unresponsive instances and restart them automatically",
        "Applications should write their logs to standard output, where the platform collects them",
        "The build cache shortens continuous integration considerably when dependencies rarely change",
        "Multi-stage builds keep the final image small by leaving compilers and intermediate artifacts behind",
        "Never store passwords, tokens or private keys inside an image, not even temporarily",
        "Running processes as an unprivileged user narrows the attack surface of the whole system",
        "Tags should point at immutable versions rather than at whatever happens to be the latest",
        "Configuration belongs in environment variables instead of being hard-coded into the application",
        "During a rolling update the old and the new version briefly serve traffic side by side",
        "Development, testing and production environments therefore stay remarkably consistent",
        "Migrating a service to another host only requires pulling the image and starting it again",
        "Virtual machines emulate complete hardware, whereas containers share the kernel of their host",
        "Starting a container typically takes a few hundred milliseconds on ordinary hardware",
        "Service discovery spares callers from having to know the addresses of individual instances",
        "Rolling back simply means redeploying the image of the previous version",
        "A union filesystem overlays several directories so that they appear as a single tree",
        "Namespaces isolate processes, network interfaces, mount points and user identifiers",
        "Control groups limit processor time, memory consumption and input and output bandwidth",
        "The digest of an image identifies its content unambiguously and cannot be forged",
        "Private registries are the natural place for images that must not leave the organization",
        "Characteristically, internationalization and accessibility requirements complicate deployment",
    ];

    private static readonly string[] Code =
    [
        "docker run --rm -it alpine:3.20 sh", "--mount=type=cache,target=/root/.cache/go-build", "/var/run/docker.sock",
        "terminationGracePeriodSeconds", "kubectl get pods --all-namespaces -o wide", "imagePullPolicy: IfNotPresent",
        "HEALTHCHECK --interval=30s CMD curl -f http://localhost/", "containerPort", "docker compose up --detach --build",
    ];

    private static readonly string[] Fields =
    [
        "containerPort", "imagePullPolicy", "terminationGracePeriodSeconds", "readinessProbe", "serviceAccountName",
        "persistentVolumeClaim", "securityContext", "initContainers",
    ];

    private static readonly string[] Words =
    [
        "Configuration", "Overloadable", "Internationalization", "Responsibilities", "Straightforward", "Incompatibilities",
        "Authentication", "Troubleshooting", "Reproducibility", "Synchronization",
    ];

    public static BookSize Write(string root, int chapters, int chapterBytes, int seed = 1)
    {
        Directory.CreateDirectory(Path.Combine(root, "images"));
        var random = new Random(seed);
        var summary = new StringBuilder("# Summary\n\n* [Preface](README.md)\n");
        File.WriteAllText(Path.Combine(root, "README.md"), "# Preface\n\n" + Paragraph(random) + "\n");
        File.WriteAllText(Path.Combine(root, "book.json"), "{\n  \"title\": \"Containers in Practice (benchmark book)\",\n  \"author\": \"IDocBook\",\n  \"language\": \"en\"\n}\n");
        SyntheticBook.WriteImages(root);
        return GeneratedChapters.Write(root, chapters, summary, 20, n => $"Part {n}", c => $"Chapter {c}", c => Chapter(random, c, chapterBytes));
    }

    private static (string Text, int CodeBlocks) Chapter(Random random, int n, int targetBytes)
    {
        var sb = new StringBuilder();
        var note = 0;
        var code = 0;
        sb.Append(CultureInfo.InvariantCulture, $"# Chapter {n}: {Title(random)}\n\n");
        for (var section = 1; Encoding.UTF8.GetByteCount(sb.ToString()) < targetBytes || section <= 3; section++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"## {n}.{section} {Title(random)}\n\n");
            sb.Append(Paragraph(random)).Append("\n\n");
            if (random.Next(3) == 0) sb.Append(Sentence(random)).Append(CultureInfo.InvariantCulture, $"[^n{++note}].\n\n[^n{note}]: {Sentence(random)}; see the official documentation.\n\n");
            for (var sub = 1; sub <= 2; sub++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"### {n}.{section}.{sub} {Title(random)}\n\n");
                if (Encoding.UTF8.GetByteCount(sb.ToString()) < targetBytes) sb.Append(Paragraph(random)).Append("\n\n");
                switch (random.Next(4))
                {
                    case 0:
                        for (var i = 0; i < 4; i++) sb.Append("- ").Append(Sentence(random)).Append(".\n");
                        sb.Append('\n');
                        break;
                    case 1:
                        sb.Append("> ").Append(Sentence(random)).Append(".\n\n");
                        break;
                    case 2:
                        sb.Append("| Field | Type | Description |\n|---|---|---|\n");
                        for (var i = 0; i < 4; i++)
                            sb.Append(CultureInfo.InvariantCulture, $"| `{Fields[random.Next(Fields.Length)]}` | {Words[random.Next(Words.Length)]} | {Sentence(random)} |\n");
                        sb.Append('\n');
                        break;
                    default:
                        sb.Append("1. ").Append(Sentence(random)).Append(".\n2. ").Append(Sentence(random)).Append(".\n\n");
                        break;
                }
                sb.Append(SyntheticBook.Code(random, Languages[(n + section + sub) % Languages.Length])).Append('\n');
                code++;
            }
            if (section == 1 && n % 3 == 0) sb.Append("![The layers of an image](../images/layers.png)\n\n");
            if (section == 2 && n % 5 == 0) sb.Append("![From source to container](../images/flow.svg)\n\n");
        }
        return (sb.ToString(), code);
    }

    private static string Title(Random random)
    {
        var words = Sentence(random).Split(' ');
        return string.Join(' ', words.Take(3 + random.Next(3)));
    }

    private static string Sentence(Random random) => Sentences[random.Next(Sentences.Length)];

    private static string Paragraph(Random random)
    {
        var sb = new StringBuilder();
        var sentences = random.Next(3, 7);
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(Sentence(random));
            if (random.Next(3) == 0) sb.Append(", for example `").Append(Code[random.Next(Code.Length)]).Append('`');
            if (random.Next(5) == 0)
            {
                var clause = Sentence(random);
                sb.Append("; ").Append(char.ToLowerInvariant(clause[0])).Append(clause.AsSpan(1));
            }
            sb.Append('.');
        }
        return sb.ToString();
    }
}
