using IDocBook.Cli.Commands;

return CommandLine.Run(args);
