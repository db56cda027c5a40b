using IDocBook.Cli;
using IDocBook.Cli.Commands;
using IDocBook.Core;

// No network, ever (see NetworkLock), and no trace output to syslog from libraries that log
// what they refused to load.
NetworkLock.Engage();
System.Diagnostics.Trace.Listeners.Clear();
// What any read of a book needs first loads on another core while this one starts the command
// line. Only a guess from the arguments: a wrong guess costs a little work on an idle core.
if (args.FirstOrDefault(a => !a.StartsWith('-')) is "build" or "watch" or "check")
    BookReader.Prepare(highlighting: !args.Any(a => a.StartsWith("--chapters", StringComparison.Ordinal)));
return CommandLine.Run(args);
