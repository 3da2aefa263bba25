using Hotpass.Docs.Cli.Commands;

return CommandLineApp.Run(args, Console.Out, Console.Error);
