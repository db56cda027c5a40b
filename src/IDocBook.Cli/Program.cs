using IDocBook.Cli;
using IDocBook.Cli.Commands;

// No network, ever (see NetworkLock), and no trace output to syslog from libraries that log
// what they refused to load.
NetworkLock.Engage();
System.Diagnostics.Trace.Listeners.Clear();
return CommandLine.Run(args);
