using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Net.Sockets;
using IDocBook.Tests.Books;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Hostile;

/// <summary>
/// Issue 19.1: no code path of a build reaches the network. One test builds the hostile SVG book in
/// this process, without the CLI's lock, while listening to the runtime's socket and HTTP events;
/// the other proves that the lock the CLI engages makes IPv4 and IPv6 sockets impossible.
/// </summary>
public sealed class NetworkGuardTests
{
    private sealed class Connections : EventListener
    {
        public List<string> Seen { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name is "System.Net.Sockets" or "System.Net.Http" or "System.Net.NameResolution") EnableEvents(source, EventLevel.Informational);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is { } name && (name.StartsWith("Connect", StringComparison.Ordinal) || name.StartsWith("Request", StringComparison.Ordinal) || name.StartsWith("ResolutionStart", StringComparison.Ordinal)))
                lock (Seen) Seen.Add($"{e.EventSource.Name}/{name}");
        }
    }

    [Fact]
    public void BuildingAnSvgBookThatPointsAtTheNetworkOpensNoConnection()
    {
        using var listener = new Connections();
        var http = new List<string>();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Observer(l =>
        {
            if (l.Name == "HttpHandlerDiagnosticListener") l.Subscribe(new Observer<KeyValuePair<string, object?>>(e => { lock (http) http.Add(e.Key); }));
        }));
        var book = new BuiltBook(Repository.PathOf("tests/fixtures/hostile-svg"));
        book.Pdf.Length.ShouldBeGreaterThan(0);
        book.Diagnostics.All.Select(d => d.Code).ShouldBe(["IDB0308"]);
        lock (listener.Seen) listener.Seen.ShouldBeEmpty();
        lock (http) http.ShouldBeEmpty();
    }

    [SkippableFact]
    public void TheCliLockMakesInternetSocketsImpossible()
    {
        Skip.IfNot(OperatingSystem.IsLinux());
        Exception? thrown = null;
        bool engaged = false, local = false;
        // The filter binds this thread only: the test host keeps its own network.
        var thread = new Thread(() =>
        {
            engaged = IDocBook.Cli.NetworkLock.Engage(allThreads: false);
            try { using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp); }
            catch (SocketException e) { thrown = e; }
            using (new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)) local = true;
        });
        thread.Start();
        thread.Join();
        engaged.ShouldBeTrue();
        thrown.ShouldBeOfType<SocketException>().SocketErrorCode.ShouldBe(SocketError.AccessDenied);
        local.ShouldBeTrue();
    }

    private sealed class Observer(Action<DiagnosticListener> next) : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value) => next(value);
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
